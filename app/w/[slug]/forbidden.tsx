import { ForbiddenMessage } from "./forbidden-message";

/** Shown with a 403 when a member opens a page their role does not allow (`getTenant(slug, { role })`). */
export default function Forbidden() {
  return <ForbiddenMessage />;
}
