import { isSslCheck, parseSlackBody } from '../../../../src/channels/slack/receiver/parse-body';

const FORM = 'application/x-www-form-urlencoded';

describe('parseSlackBody', () => {
  it('reads Events API JSON, the URL verification handshake and interaction payloads', () => {
    expect(parseSlackBody('{"type":"event_callback","event":{}}', 'application/json; charset=utf-8')).toEqual({
      kind: 'payload',
      body: { type: 'event_callback', event: {} },
    });
    expect(parseSlackBody('{"type":"url_verification","challenge":"c"}', 'application/json')).toEqual({ kind: 'url_verification', challenge: 'c' });
    const payload = `payload=${encodeURIComponent('{"type":"block_actions","actions":[]}')}`;
    expect(parseSlackBody(payload, FORM)).toEqual({ kind: 'payload', body: { type: 'block_actions', actions: [] } });
  });

  it('reads a slash command as a flat object of strings', () => {
    expect(parseSlackBody('command=%2Fherstart&text=hr-here&user_id=U1', FORM)).toEqual({
      kind: 'payload',
      body: { command: '/herstart', text: 'hr-here', user_id: 'U1' },
    });
  });

  it('recognises the SSL check before anything else', () => {
    expect(isSslCheck('ssl_check=1&token=x', FORM)).toBe(true);
    expect(isSslCheck('ssl_check=1', 'application/json')).toBe(false);
    expect(parseSlackBody('ssl_check=1', FORM)).toEqual({ kind: 'ssl_check' });
  });

  it.each([
    ['{"type":', 'application/json'],
    ['"just a string"', 'application/json'],
    ['{"type":"url_verification"}', 'application/json'],
    ['payload=%5B1%5D', FORM],
    ['payload=a&payload=b', FORM],
    ['command=%2Fa&command=%2Fb', FORM],
    ['text=hello', FORM],
    ['<xml/>', 'application/xml'],
    ['{}', undefined],
  ])('calls %s (%s) invalid', (raw, type) => {
    expect(parseSlackBody(raw, type).kind).toBe('invalid');
  });
});
