/** How large a file an import takes, as its messages say it; plain text, so the browser checks it before uploading. */
const sizeText = (bytes: number) => (bytes % 1_048_576 === 0 ? `${bytes / 1_048_576} MB` : `${Math.round(bytes / 1024)} KB`);

export const tooLargeMessage = (maxBytes: number): string => `The file is larger than ${sizeText(maxBytes)}. Split it into smaller files and import them one after another.`;
