interface ImportMetaEnv {
  /** True on `astro dev` only (see astro.config.mjs): drafts are shown there and nowhere else. */
  readonly SHOW_DRAFTS: boolean;
  /** The folder of the project Astro builds (`--root`), set by astro.config.mjs. */
  readonly PROJECT_ROOT: string | undefined;
}
