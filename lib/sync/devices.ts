// `.jianbao/devices/<device>.json`: each device writes only its own file
// (so two devices never overwrite each other's), holding the tombstones of
// the clippings it deleted. Every device reads all of them.
import { DEVICES_DIR } from './paths';
import type { Tombstone } from './state';

export const devicePath = (deviceId: string) => `${DEVICES_DIR}/${deviceId}.json`;
export const isDevicePath = (path: string) => path.startsWith(`${DEVICES_DIR}/`) && path.endsWith('.json');

export function deviceFileText(deviceId: string, tombstones: readonly Tombstone[]): string {
  return `${JSON.stringify({ jianbaoDevice: 1, deviceId, tombstones }, null, 1)}\n`;
}

/** The tombstones of a device file; a file that cannot be read has none (it is another device's to fix). */
export function readDeviceFile(text: string): Tombstone[] {
  try {
    const data = JSON.parse(text) as { tombstones?: unknown };
    if (!Array.isArray(data.tombstones)) return [];
    return data.tombstones.filter(
      (t): t is Tombstone => typeof t?.uid === 'string' && typeof t?.deletedAt === 'number',
    );
  } catch {
    return [];
  }
}
