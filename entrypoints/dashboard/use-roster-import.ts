import { useRef, useState } from 'react';
import type { RosterImportState } from '@/components/dashboard/followers-card';
import { plural } from '@/components/dashboard/format';
import { readPlatformExport } from '@/capture/platform-export';
import type { Payload } from '@/messaging/table';
import { call } from '@/entrypoints/shared/api';
import { db } from '@/storage/db';

type Import = Payload<'roster.import'>;
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The own account an export belongs to: the one it names, else the only one of its platform. */
async function accountFor(platform: 'x' | 'linkedin', owner: string | null): Promise<string> {
  if (owner) return `x:${owner}`;
  const known = (await db().accounts.where('platform').equals(platform).primaryKeys()).map(String);
  if (platform === 'linkedin') return known.find((id) => id !== 'linkedin:?') ?? 'linkedin:?';
  if (known.length === 1 && known[0]) return known[0];
  throw new Error(
    known.length
      ? 'Touchline knows more than one X account of yours: import the whole archive zip, which says whose it is.'
      : 'Touchline does not know your X account yet: import the whole archive zip (it says whose it is), or open your X followers list once first.',
  );
}

/**
 * Import of a platform export into the follower roster: read and parse in this page, preview
 * (how many, how many already known, for which account), then `roster.import`, one call per list.
 */
export function useRosterImport() {
  const [state, setState] = useState<RosterImportState>({ step: 'idle' });
  const pending = useRef<Import | null>(null);

  async function onFile(file: File) {
    pending.current = null;
    setState({ step: 'working', what: 'Reading the file…' });
    try {
      const data = readPlatformExport(new Uint8Array(await file.arrayBuffer()));
      let payload: Import;
      if (data.platform === 'x') {
        payload = {
          account: await accountFor('x', data.owner?.id ?? null),
          ...(data.owner?.handle ? { handle: data.owner.handle } : {}),
          source: 'x_archive',
          entries: data.lists.flatMap(({ list, ids }) =>
            ids.map((id) => ({ person: `x:${id}`, ...(list === 'following' ? { following: true as const } : {}) })),
          ),
        };
      } else {
        payload = {
          account: await accountFor('linkedin', null),
          source: 'linkedin_connections',
          entries: data.connections.map((c) => ({
            person: `linkedin:${c.slug}`,
            name: c.name,
            ...(c.connectedAt ? { followedAt: c.connectedAt } : {}),
          })),
        };
      }
      const skipped = Object.values(data.skipped).reduce((a, b) => a + b, 0);
      pending.current = payload;
      setState({
        step: 'preview',
        text: `${file.name}: ${await describe(payload)}${skipped ? `; ${plural(skipped, 'row')} without an id skipped` : ''}. Nobody in it will be marked new.`,
      });
    } catch (e) {
      setState({ step: 'error', error: message(e) });
    }
  }

  async function onImport() {
    setState({ step: 'working', what: 'Importing…' });
    try {
      if (!pending.current) throw new Error('Choose the file again.');
      const { added } = await call('roster.import', pending.current);
      setState({ step: 'done', text: `Imported: ${plural(added, 'person', 'people')} added to your follower roster.` });
    } catch (e) {
      setState({ step: 'error', error: message(e) });
    }
    pending.current = null;
  }

  return { state, onFile, onImport, onCancel: () => setState({ step: 'idle' }) };
}

/** "3 followers of X account @me (1 already known)", and the people they follow when given. */
async function describe(p: Import): Promise<string> {
  const ids = p.entries.map((e) => `${p.account}|${e.person}`);
  const known = (await db().roster.bulkGet(ids)).filter((e) => e !== undefined).length;
  const following = p.entries.filter((e) => e.following).length;
  const name = p.handle ? `@${p.handle}` : p.account.replace(/^(x|linkedin):/, '');
  const site = p.account.startsWith('x:') ? 'X' : 'LinkedIn';
  const n = (v: number) => v.toLocaleString('en');
  const also = following ? ` and ${n(following)} people it follows` : '';
  return `${n(p.entries.length - following)} followers of ${site} account ${name}${also} (${n(known)} already known)`;
}
