// Storage options of the pain log: one conf file per week (Monday first) of the entry's local day,
// validated on load. Weeks, not months: an append rewrites its whole partition through conf, and a
// month of heavy logging made that too slow (see painlog.appendMs in npm run bench).
import { z } from 'zod';
import { PainEntrySchema } from '../../shared/ipc/contracts/pain.ts';
import { localDayOf, weekStartOf } from '../../shared/pain/localDay.ts';
import type { PainEntry } from '../../shared/pain/vocabulary.ts';
import type { PartitionedLogOptions } from '../storage/partitionedLog.ts';

const PartitionSchema = z.array(PainEntrySchema);

export const painLogOptions: Pick<PartitionedLogOptions<PainEntry>, 'name' | 'partitionOf' | 'compare' | 'spec'> = {
  name: 'pain',
  partitionOf: (e) => `w${weekStartOf(localDayOf(e.at, e.offsetMin), 1)}`,
  compare: (a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  spec: {
    version: 1,
    parse(data) {
      const r = PartitionSchema.safeParse(data);
      return r.success ? { ok: true, value: r.data as PainEntry[] } : { ok: false, message: r.error.issues[0]?.message ?? 'invalid' };
    },
  },
};
