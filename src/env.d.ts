interface ImportMetaEnv {
  /** True on `astro dev` only (see astro.config.mjs): drafts are shown there and nowhere else. */
  readonly SHOW_DRAFTS: boolean;
}
