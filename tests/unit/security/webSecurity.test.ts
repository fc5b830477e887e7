import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppRequest } from '../../../main/security/appProtocol.ts';
import { contentSecurityPolicy, metaContentSecurityPolicy } from '../../../main/security/contentSecurityPolicy.ts';
import { isAllowedExternalUrl } from '../../../main/security/externalLinks.ts';

const root = path.resolve(import.meta.dirname, '../../..');

describe('content security policy', () => {
  const directives = Object.fromEntries(
    contentSecurityPolicy.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name, values];
    }),
  );

  it('allows only our own scripts, no inline or eval, and no remote origins', () => {
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['style-src']).toEqual(["'self'"]);
    expect(directives['connect-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(contentSecurityPolicy).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });

  it('is written into the built renderer page', () => {
    const built = path.join(root, 'out/renderer/index.html');
    if (!fs.existsSync(built)) throw new Error('run `npm run build` before the unit tests');
    expect(fs.readFileSync(built, 'utf8')).toContain(`content="${metaContentSecurityPolicy}"`);
    expect(fs.readFileSync(built, 'utf8')).not.toMatch(/<script>(?!<\/script>)/);
  });
});

describe('external links', () => {
  it.each([
    ['https://www.nhs.uk/conditions/back-pain/', true],
    ['https://www.mayoclinic.org/healthy-lifestyle', true],
    ['http://www.nhs.uk/', false],
    ['https://evil.example/', false],
    ['https://www.nhs.uk.evil.example/', false],
    ['https://user:pw@www.nhs.uk/', false],
    ['https://www.nhs.uk:8443/', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['not a url', false],
  ])('%s → %s', (url, allowed) => expect(isAllowedExternalUrl(url)).toBe(allowed));
});

describe('the limber:// app protocol', () => {
  const rendererRoot = '/opt/limber/renderer';
  it.each([
    ['limber://app/index.html', '/opt/limber/renderer/index.html'],
    ['limber://app/', '/opt/limber/renderer/index.html'],
    ['limber://app/assets/index-abc.js', '/opt/limber/renderer/assets/index-abc.js'],
    ['limber://app/../../etc/passwd', '/opt/limber/renderer/etc/passwd'],
    ['limber://app/%2e%2e/%2e%2e/etc/passwd', '/opt/limber/renderer/etc/passwd'],
  ])('maps %s inside the renderer folder', (url, file) => expect(resolveAppRequest(url, rendererRoot)).toBe(file));

  it.each(['limber://app/%2F..%2F..%2F..%2Fetc%2Fpasswd', 'limber://other/index.html', 'file:///etc/passwd', 'limber://app/%00x', 'limber://app/%E0%A4%A'])(
    'refuses %s',
    (url) => expect(resolveAppRequest(url, rendererRoot)).toBeUndefined(),
  );
});
