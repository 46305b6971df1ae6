export { default } from '../../../entrypoints/background';
