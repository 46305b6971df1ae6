import { defineConfig } from 'wxt';
import figureCheck from '../../wxt.config';

/**
 * The benchmark's second peer: Figure Check with its watcher, background and manifest, and an annotator that does
 * nothing. Its cost over the floor is what loading a part on demand costs before the part does any work.
 */
export default defineConfig({
  ...figureCheck,
});
