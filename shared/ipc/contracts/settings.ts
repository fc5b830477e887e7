import { z } from 'zod';
import { SettingsPatchSchema, SettingsSchema } from '../../settings/schema.ts';

const none = z.undefined();

export const settingsRequests = {
  'settings:get': { input: none, output: SettingsSchema },
  'settings:update': { input: SettingsPatchSchema, output: SettingsSchema },
  'settings:reset': { input: none, output: SettingsSchema },
} as const;

export const settingsEvents = {
  'settings:changed': SettingsSchema,
} as const;
