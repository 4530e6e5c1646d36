// QuoteLens report: lets the reader choose the base version of the word diffs, and opens every
// <details> for printing (except the blind report's key). Nothing here reads article text.
(function () {
  'use strict';
  document.querySelectorAll('.ql-diffs').forEach(function (box) {
    var pick = box.querySelector('.ql-base-pick');
    var select = box.querySelector('select');
    var sets = box.querySelectorAll('.ql-diff-set');
    if (!pick || !select || sets.length < 2) {
      return;
    }
    pick.hidden = false;
    select.addEventListener('change', function () {
      sets.forEach(function (set) {
        set.hidden = set.getAttribute('data-base') !== select.value;
      });
    });
  });
  var opened = [];
  window.addEventListener('beforeprint', function () {
    document.querySelectorAll('details:not([open]):not(.ql-key)').forEach(function (d) {
      d.open = true;
      opened.push(d);
    });
  });
  window.addEventListener('afterprint', function () {
    opened.forEach(function (d) { d.open = false; });
    opened = [];
  });
})();
