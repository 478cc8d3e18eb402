import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite loads its WebAssembly and data files from its package directory at run time; bundling breaks those paths.
  serverExternalPackages: ["@electric-sql/pglite"],
  poweredByHeader: false,
  experimental: {
    // A technology CSV may be up to 1 MB of text, a bank file (10,000 rows) 3 MB; Next's default body limit for actions is 1 MB in all.
    serverActions: { bodySizeLimit: "4mb" },
    // forbidden(): a member whose role does not allow a page gets a 403 and the not-allowed page.
    authInterrupts: true,
  },
};

export default nextConfig;
