/**
 * PWA start-up, imported once by main.ts: registers the service worker (production only) and mounts the
 * "new version available" toast at the end of <body>, outside the router, so it survives navigation.
 */
import '../ui/components/update-toast/update-toast';
import { registerServiceWorker } from './update';

if (!document.querySelector('ll-update-toast')) document.body.append(document.createElement('ll-update-toast'));
if (document.readyState === 'complete') void registerServiceWorker();
else window.addEventListener('load', () => { void registerServiceWorker(); }, { once: true });
