// Loaded with every page, before the live connection starts, so keyboard shortcuts work from the first keystroke.
import { bindSearchShortcut } from './watchkeeper.js';

bindSearchShortcut();
