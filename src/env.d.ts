interface ImportMetaEnv {
  /** KaTeX's whole stylesheet, beside the app script (set by the build; see src/islands/mathStylesheet) */
  readonly SN_KATEX_CSS?: string;
}
