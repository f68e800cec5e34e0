// Follows the open incident page: every few seconds it asks for timeline entries newer than the last one shown and
// refreshes the header's phase and status. It asks the database, not this server's memory, so it works with
// several replicas. Paused while the tab is hidden. The page works without it, just not live.
(function () {
  'use strict';
  var EVERY_MS = 2500;
  var list = document.getElementById('timeline');

  function addLocalTimes(root) {
    var times = root.querySelectorAll('time[datetime]');
    for (var i = 0; i < times.length; i++) {
      var time = times[i];
      if (time.parentNode.querySelector('.local-time')) {
        continue;
      }
      var at = new Date(time.getAttribute('datetime'));
      if (isNaN(at.getTime())) {
        continue;
      }
      var local = document.createElement('span');
      local.className = 'local-time';
      local.textContent = '(' + at.toLocaleString([], { dateStyle: 'short', timeStyle: 'short' }) + ')';
      time.insertAdjacentElement('afterend', local);
    }
  }

  function setText(id, text) {
    var element = document.getElementById(id);
    if (element && typeof text === 'string' && element.textContent !== text) {
      element.textContent = text;
    }
  }

  // The kind filter applies itself when changed; the Show button remains for browsers without this script.
  var kindSelect = document.getElementById('timeline-kind');
  if (kindSelect && kindSelect.form) {
    kindSelect.addEventListener('change', function () { kindSelect.form.submit(); });
  }

  if (!list) {
    return;
  }
  addLocalTimes(document);
  var key = list.getAttribute('data-key');
  var kind = list.getAttribute('data-kind') || '';
  var lastId = list.getAttribute('data-last-id') || '0';
  var timer = null;
  var busy = false;

  function poll() {
    if (busy || document.hidden) {
      return;
    }
    busy = true;
    var url = '/incidents/' + encodeURIComponent(key) + '/timeline?after=' + encodeURIComponent(lastId)
        + (kind ? '&kind=' + encodeURIComponent(kind) : '');
    fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      })
      .then(function (update) {
        if (update.count > 0) {
          // The server rendered these entries with the page's own escaped markup.
          var holder = document.createElement('template');
          holder.innerHTML = update.html;
          var fresh = holder.content.querySelectorAll('li.entry');
          for (var i = 0; i < fresh.length; i++) {
            if (!list.querySelector('li.entry[data-id="' + fresh[i].getAttribute('data-id') + '"]')) {
              fresh[i].classList.add('fresh');
              list.appendChild(fresh[i]);
            }
          }
          addLocalTimes(list);
        }
        lastId = String(update.lastId);
        list.setAttribute('data-last-id', lastId);
        setText('incident-phase', update.phase);
        setText('incident-status', update.status);
        setText('phase-text', update.phaseText);
      })
      .catch(function () { /* the next poll tries again */ })
      .then(function () { busy = false; });
  }

  function start() {
    if (timer === null) {
      timer = setInterval(poll, EVERY_MS);
    }
  }

  function stop() {
    if (timer !== null) {
      clearInterval(timer);
      timer = null;
    }
  }

  document.addEventListener('visibilitychange', function () {
    if (document.hidden) {
      stop();
    } else {
      poll();
      start();
    }
  });
  if (!document.hidden) {
    start();
  }
})();
