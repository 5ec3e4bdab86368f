import { contextBridge, ipcRenderer } from 'electron';
import { exposerPont } from './pont';

// Sandboxed preload: bundled to one CommonJS file that requires nothing but 'electron'.
exposerPont(contextBridge, ipcRenderer);
