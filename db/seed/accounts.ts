/** The demo sign-in: one password shared by the three demo users. */
export const DEMO_PASSWORD = "techfolio-demo";

export const DEMO_USERS = {
  consultant: "consultant@demo.techfolio.app",
  owner: "owner@demo.techfolio.app",
  viewer: "viewer@demo.techfolio.app",
} as const;

export const DEMO_USER_NAMES: Record<keyof typeof DEMO_USERS, string> = {
  consultant: "Dana Consultant",
  owner: "Owen Owner",
  viewer: "Vera Viewer",
};

export const DEFAULT_SEED = 20261123;
