import { ensureOrigin } from '../core/permissions.ts';
import { getProfiles, getSettings, saveProfiles, saveSettings } from '../core/storage.ts';
import { exportProfiles, importProfiles, mergeProfiles } from '../lib/profile-file.ts';
import { checkWebAppUrl } from '../lib/webapp.ts';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function say(text: string, ok = false): void {
  $('message').textContent = text;
  $('message').className = ok ? 'ok' : '';
}

async function listProfiles(): Promise<void> {
  const ul = $('profiles');
  ul.replaceChildren(
    ...(await getProfiles()).map((p) => {
      const li = document.createElement('li');
      li.textContent = `${p.name}（${p.fields.length}欄）`;
      return li;
    }),
  );
}

export async function startOptions(): Promise<void> {
  const s = await getSettings();
  $<HTMLInputElement>('url').value = s.webAppUrl;
  $<HTMLInputElement>('token').value = s.token;
  $<HTMLInputElement>('keep').checked = s.keepData;
  await listProfiles();
  $('save').addEventListener('click', async () => {
    const url = $<HTMLInputElement>('url').value.trim();
    if (url) {
      const bad = checkWebAppUrl(url);
      if (bad) return say(bad);
      // Google serves the web app from script.google.com and answers from script.googleusercontent.com.
      const origin = new URL(url).origin;
      const ok = await ensureOrigin(origin);
      if (ok && origin === 'https://script.google.com')
        await ensureOrigin('https://script.googleusercontent.com');
      if (!ok) return say('ウェブアプリへのアクセスが許可されなかったため保存していません。');
    }
    await saveSettings({
      webAppUrl: url,
      token: $<HTMLInputElement>('token').value.trim(),
      keepData: $<HTMLInputElement>('keep').checked,
    });
    say('保存しました。', true);
  });
  $('export').addEventListener('click', async () => {
    const blob = new Blob([exportProfiles(await getProfiles())], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'teichaku-portal-profiles.json';
    a.click();
    URL.revokeObjectURL(a.href);
  });
  $<HTMLInputElement>('import').addEventListener('change', async (ev) => {
    const input = ev.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const r = importProfiles(await file.text());
    if (!r.ok) return say(r.message);
    await saveProfiles(mergeProfiles(await getProfiles(), r.profiles));
    say(`${r.profiles.length}件のプロファイルを読み込みました。`, true);
    await listProfiles();
  });
}
