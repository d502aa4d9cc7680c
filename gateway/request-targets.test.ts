import { boardJobUrl, publicPageUrl, systemResolver, TargetRefused, type Resolver } from './request-targets';

/** A DNS stand-in: the answers a hostile zone could give for a name. */
const zone =
  (answers: Record<string, readonly string[]>): Resolver =>
  (host) => {
    const found = answers[host];
    return found ? Promise.resolve(found) : Promise.reject(new Error(`ENOTFOUND ${host}`));
  };

describe('board job URLs', () => {
  it.each([
    ['indeed', 'https://www.indeed.com/viewjob?jk=3c916f0d7f870c71'],
    ['indeed', 'https://uk.indeed.com/viewjob?jk=3c916f0d7f870c71'],
    ['indeed', 'https://malaysia.indeed.com/viewjob?jk=3c916f0d7f870c71'],
    ['indeed', 'https://WWW.INDEED.COM/m/viewjob?jk=3c916f0d7f870c71&from=serp'],
    ['glassdoor', 'https://www.glassdoor.com/job-listing/nurse-acme-JV_IC1_KO0,5_KE6,10.htm?jl=1009'],
    ['glassdoor', 'https://fr.glassdoor.ch/job-listing/x.htm?jl=1009'],
    ['glassdoor', 'https://www.glassdoor.co.uk/job-listing/x.htm?jl=1009'],
  ] as const)('accepts %s %s', (provider, url) => {
    expect(boardJobUrl(provider, url).href).toBe(new URL(url).href);
  });

  it.each([
    ['indeed', 'https://xx.indeed.com/viewjob?jk=1'],
    ['indeed', 'https://www.indeed.co.uk/viewjob?jk=1'],
    ['indeed', 'https://evil.www.indeed.com/viewjob?jk=1'],
    ['glassdoor', 'https://www.glassdoor.com.evil/job-listing/x.htm?jl=1'],
    ['glassdoor', 'https://de.glassdoor.com/job-listing/x.htm?jl=1'],
    ['glassdoor', 'javascript:alert(1)//www.glassdoor.com'],
    ['glassdoor', 'www.glassdoor.com/job-listing/x.htm?jl=1'],
  ] as const)('refuses %s %s', (provider, url) => {
    expect(() => boardJobUrl(provider, url)).toThrow(TargetRefused);
  });
});

describe('pages the provider may scrape', () => {
  it('refuses a name that resolves to a private, loopback, link-local or metadata address', async () => {
    const resolve = zone({
      'rebind.example': ['93.184.215.14', '169.254.169.254'],
      'inside.example': ['10.0.0.7'],
      'mapped.example': ['::ffff:192.168.0.1'],
      'nat64.example': ['64:ff9b::a9fe:a9fe'],
      'ula.example': ['fd12:3456::1'],
    });
    for (const host of ['rebind.example', 'inside.example', 'mapped.example', 'nat64.example', 'ula.example'])
      await expect(publicPageUrl(`https://${host}/`, resolve)).rejects.toThrow(/resolves to a private/);
  });

  it('lets a public name through, and one that does not resolve here (the provider resolves it)', async () => {
    const resolve = zone({ 'jobs.example': ['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c'] });
    expect((await publicPageUrl('https://jobs.example/posting/1', resolve)).href).toBe(
      'https://jobs.example/posting/1',
    );
    expect((await publicPageUrl('https://unknown.example/', resolve)).host).toBe('unknown.example');
    expect((await publicPageUrl('https://93.184.215.14/', resolve)).host).toBe('93.184.215.14');
  });

  it('normalizes before it checks, so what is handed on is what was checked', async () => {
    const resolve = zone({});
    await expect(publicPageUrl('http://0177.0.0.1/', resolve)).rejects.toThrow(TargetRefused);
    await expect(publicPageUrl('http://[0:0:0:0:0:ffff:7f00:1]/', resolve)).rejects.toThrow(TargetRefused);
    expect((await publicPageUrl('HTTPS://Jobs.EXAMPLE/a/../b', resolve)).href).toBe('https://jobs.example/b');
  });

  it('asks the system resolver, which knows this machine', async () => {
    expect(await systemResolver('localhost')).toEqual(expect.arrayContaining([expect.stringMatching(/^(127\.|::1$)/)]));
  });
});
