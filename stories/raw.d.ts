/** Vite's `?raw` imports: a file's text (the Theme playground reads tokens.css's defaults). */
declare module '*?raw' {
  const text: string;
  export default text;
}
