import { applyFieldErrors, changedNamePaths, toNamePath } from './user-errors';

describe('toNamePath', () => {
  it.each([
    ['name', ['name']],
    ['contact.email', ['contact', 'email']],
  ])('%s → %j', (field, path) => expect(toNamePath(field)).toEqual(path));
});

describe('applyFieldErrors', () => {
  it('puts each message on the field it names and returns the rest', () => {
    const setFields = jest.fn();
    const general = applyFieldErrors(
      { setFields },
      [
        { field: 'contact.email', message: 'bad email' },
        { field: 'contact.email', message: 'too long' },
        { field: 'name', message: 'required' },
        { field: null, message: 'whole input' },
        { field: 'unknown.path', message: 'somewhere else' },
      ],
      ['name', 'contact.email'],
    );
    expect(setFields).toHaveBeenCalledWith([
      { name: ['contact', 'email'], errors: ['bad email', 'too long'] },
      { name: ['name'], errors: ['required'] },
    ]);
    expect(general).toEqual(['whole input', 'somewhere else']);
  });
});

describe('changedNamePaths', () => {
  it('lists the name path of every changed leaf', () => {
    expect(changedNamePaths({ name: 'a', contact: { email: 'b', phone: '' } })).toEqual([
      ['name'],
      ['contact', 'email'],
      ['contact', 'phone'],
    ]);
  });
});
