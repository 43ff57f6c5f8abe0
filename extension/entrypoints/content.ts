import { defineContentScript } from 'wxt/utils/define-content-script';
import { install } from '../content/api.ts';

// Registered at run time for the portals the user enabled (optional host permissions), and injected
// by the panel before a fill; in every frame, framesets included.
export default defineContentScript({
  registration: 'runtime',
  allFrames: true,
  main() {
    install();
  },
});
