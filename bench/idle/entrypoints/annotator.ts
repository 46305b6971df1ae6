import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { Annotator } from '../../../entrypoints/annotator';
import { providePart } from '../../../utils/parts';

/** An annotator that loads and does nothing: what asking for a part, and getting it, costs a page. */
export default defineUnlistedScript(() => {
  providePart<Annotator>('annotator', { handle: async () => undefined });
});
