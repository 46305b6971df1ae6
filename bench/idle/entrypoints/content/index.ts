// The extension's own watcher, unchanged: only the annotator differs in this build.
export { default } from '../../../../entrypoints/content/index';
