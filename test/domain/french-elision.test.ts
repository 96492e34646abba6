import { deName, queName, theNoun } from '../../src/domain/french-elision';

describe('French elision before a name or a noun', () => {
  it.each([
    ['Sophie Lambert', 'de Sophie Lambert', 'que Sophie Lambert'],
    ['Anna de Vries', 'd’Anna de Vries', 'qu’Anna de Vries'],
    ['Élodie Martin', 'd’Élodie Martin', 'qu’Élodie Martin'],
    ['Yves Dubois', 'd’Yves Dubois', 'qu’Yves Dubois'],
    ['Henk Peeters', 'de Henk Peeters', 'que Henk Peeters'],
    ['Ömer Yılmaz', 'd’Ömer Yılmaz', 'qu’Ömer Yılmaz'],
  ])('%s', (name, de, que) => {
    expect(deName(name)).toBe(de);
    expect(queName(name)).toBe(que);
  });

  it.each([
    ['travailleur', 'le travailleur'],
    ['employeur', 'l’employeur'],
    ['hôpital', 'l’hôpital'],
  ])('%s', (word, the) => expect(theNoun(word)).toBe(the));
});
