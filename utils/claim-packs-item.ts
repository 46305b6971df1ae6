import { storage } from '@wxt-dev/storage';
import { bundledDatabase } from '../lib/claims/bundled';
import { type ClaimPack, parseStoredPacks } from '../lib/claims/pack';

/**
 * Imported claim packs, in local storage (they can be large for sync storage). Every read validates each pack
 * with zod and against the bundled data, so a damaged pack is dropped without touching the others.
 */
export const claimPacksItem = storage.defineItem<unknown[]>('local:claimPacks', { fallback: [], version: 1 });

export async function loadClaimPacks(): Promise<ClaimPack[]> {
  return parseStoredPacks(await claimPacksItem.getValue(), bundledDatabase);
}

export async function saveClaimPacks(packs: ClaimPack[]): Promise<void> {
  await claimPacksItem.setValue(packs);
}

export function watchClaimPacks(callback: (packs: ClaimPack[]) => void): () => void {
  return claimPacksItem.watch((value) => callback(parseStoredPacks(value, bundledDatabase)));
}
