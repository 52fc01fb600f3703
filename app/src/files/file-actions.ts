import { useWorkspace } from '../state/workspace-store';
import { MAX_OPEN_BYTES } from './open-limit';

// Reading and writing trust files (and checking their caller policies) loads on first use: a
// person opens or saves a file after the page is up, and the parser is not needed to start.
const trustFileIo = () => import('./trust-file-io');

/** Opens a file the user picked or dropped; a broken file changes nothing and says where. */
export async function openFile(file: File): Promise<void> {
  const { notify, replace } = useWorkspace.getState();
  if (file.size > MAX_OPEN_BYTES) {
    notify(
      'error',
      `${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; a trust file is a few KB. Nothing was changed.`,
    );
    return;
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    notify('error', `${file.name} could not be read. Nothing was changed.`);
    return;
  }
  const result = (await trustFileIo()).workspaceFromText(text, file.name);
  if (result.ok) replace(result.workspace, file.name);
  else notify('error', result.message);
}

export async function openText(text: string, what: string): Promise<void> {
  const { notify, replace } = useWorkspace.getState();
  const result = (await trustFileIo()).workspaceFromText(text, what);
  if (result.ok) replace(result.workspace, what);
  else notify('error', result.message);
}

/** Saves the trust file through the browser's download (a blob: URL, never a request). */
export async function downloadTrustFile(): Promise<void> {
  const { downloadName, trustFileText } = await trustFileIo();
  const state = useWorkspace.getState();
  const result = trustFileText(state);
  if (!result.ok) {
    state.notify('error', result.error.message);
    return;
  }
  const url = URL.createObjectURL(new Blob([result.text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = downloadName(state.role);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
