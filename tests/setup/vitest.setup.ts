// Makes Dexie usable in Node tests: fake-indexeddb installs indexedDB/IDBKeyRange globals.
import 'fake-indexeddb/auto';
