// Small additions to pages that work without script: the appearance choice applies itself.
(function () {
  'use strict';
  document.addEventListener('change', function (e) {
    if (e.target && e.target.id === 'theme' && e.target.form) e.target.form.requestSubmit();
  });
  document.querySelectorAll('form.theme button').forEach(function (b) { b.classList.add('sr-only'); });
})();
