/** Types for scripts/ensure-chromium.mjs, so TypeScript configs can import its launch flags. */
export declare const chromiumPath: string;
export declare const CHROMIUM_ARGS: string[];
export declare function ensureChromium(): string;
