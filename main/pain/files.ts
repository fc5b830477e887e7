// Where exports go and imports come from. Electron shows save/open dialogs; tests write into and
// read from the temp folder. Main owns this: the renderer never sees a path it can choose.
export interface FileDialogs {
  /** Asks where to save and writes the file; null when the user cancels. */
  save(suggestedName: string, content: string | Uint8Array): Promise<string | null>;
  /** Asks for a file and reads it as text (at most `maxChars`); null when the user cancels. */
  open(maxChars: number): Promise<{ name: string; content: string } | null>;
}

export const noFileDialogs: FileDialogs = {
  save: async () => null,
  open: async () => null,
};
