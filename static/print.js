/*
 * The print button of the monitor's result and report: a <button
 * data-cimolt-print hidden> that this file shows and makes print the
 * page (the browser's print dialog also saves as PDF). Without scripts
 * the button stays hidden rather than doing nothing; the browser's own
 * print works the same. A file, not inline: the Content-Security-Policy
 * allows scripts from the site only.
 */
'use strict';

document.querySelectorAll('button[data-cimolt-print]').forEach(function (b) {
  b.addEventListener('click', function () {
    window.print();
  });
  b.hidden = false;
});
