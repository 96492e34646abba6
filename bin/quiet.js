// restify 11 reads process.binding('http_parser') once at load; Node warns (DEP0111) though
// nothing is wrong for us. Silence that one warning only; every other warning still prints.
const emit = process.emitWarning;
process.emitWarning = function (warning, ...rest) {
  const code = typeof rest[0] === 'object' && rest[0] ? rest[0].code : rest[1];
  if (code === 'DEP0111') return;
  return emit.call(process, warning, ...rest);
};
