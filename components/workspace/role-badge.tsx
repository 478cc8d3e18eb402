import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { Role } from "@/lib/domain/values";

const tones: Record<Role, BadgeTone> = { owner: "indigo", admin: "blue", member: "green", viewer: "neutral" };

export function RoleBadge({ role }: { role: Role }) {
  return (
    <Badge tone={tones[role]} className="capitalize">
      {role}
    </Badge>
  );
}
