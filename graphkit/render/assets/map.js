/* graphkit map: focus views, filters, search, side panel and tooltips over vis-network.
   Every string from an article reaches the page through textContent or a canvas label,
   never through innerHTML. */
(function () {
  "use strict";
  performance.mark("gk-start");
  var data = JSON.parse(document.getElementById("gk-data").textContent);
  performance.mark("gk-parsed");
  var PAGE = 100, OFFMAP = 60, OTHER_FONT = 12;
  var events = data.events, nodeInfo = data.node_info, edgeInfo = data.edge_info, focus = data.focus || [];
  var baseNode = {};
  data.nodes.forEach(function (n) { baseNode[n.id] = n; });

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }
  function line(parent, text, cls) { if (text) { parent.appendChild(el("div", text, cls)); } }
  function clear(e) { while (e.firstChild) { e.removeChild(e.firstChild); } }
  function when(ev) {
    if (ev.date) { return ev.date; }
    return ev.reported ? ev.reported + " (article date)" : "undated";
  }
  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }

  /* ---- short tooltips ---- */
  function actorTip(d, info) {
    d.appendChild(el("b", info.name));
    line(d, [info.kind, info.code, info.sector].filter(Boolean).join(" · "), "gk-muted");
    line(d, plural(info.events.length, "event") + (info.strength ? " · " + info.strength + " with other actors" : ""));
    line(d, "click for all events", "gk-muted");
  }
  function eventTip(d, ev) {
    d.appendChild(el("b", ev.label + " (" + ev.type + ")"));
    line(d, when(ev) + " · " + ev.certainty, "gk-muted");
    line(d, (ev.actors.join(", ") || "?") + " → " + (ev.recipients.join(", ") || "?"));
  }
  function relationTip(d, info) {
    d.appendChild(el("b", info.from + " → " + info.to));
    line(d, info.label);
    var span = info.first ? (info.first === info.last ? info.first : info.first + " – " + info.last) : "undated";
    line(d, plural(info.count, "event") + " · " + span + " · click for all", "gk-muted");
  }
  var tips = {};
  function tipFor(id) { return tips[id] || (tips[id] = el("div", null, "gk-tip")); }
  function fillNode(id) {
    var d = tips[id], info = nodeInfo[id];
    if (!d || d.firstChild) { return; }
    if (info.event !== undefined) { eventTip(d, events[info.event]); } else { actorTip(d, info); }
  }
  function fillEdge(id) {
    var d = tips[id], info = edgeInfo[id];
    if (!d || d.firstChild) { return; }
    if (info.role) { d.appendChild(el("b", info.role)); eventTip(d, events[info.events[0]]); } else { relationTip(d, info); }
  }

  /* ---- scopes: focus tiers (precomputed compact layouts) or all ---- */
  var scope = focus.length ? 0 : "all", view = "actors", colourBy = "kind";
  var edgeLabel = {}, labels = {}, labelled = {}, bigFont = {};
  data.edges.forEach(function (e) { edgeLabel[e.id] = e.label; });
  var cur = {nodes: [], edges: [], set: {}};
  function communityColour(id) {
    var c = nodeInfo[id].community;
    return c !== null && c !== undefined && c < data.community_colors.length ? data.community_colors[c] : "#c7c7c7";
  }
  function colourOf(id) { return colourBy === "community" ? communityColour(id) : baseNode[id].color; }
  function actorItem(id, t) {
    var item = Object.assign({}, baseNode[id]);
    item.title = tipFor(id);
    item.color = colourOf(id);
    labels[id] = item.label;
    delete item.label;
    if (t) {
      item.x = t.pos[id][0]; item.y = t.pos[id][1]; item.size = t.sizes[id];
      if (t.labels[id]) { item.label = labels[id]; item.font = {size: t.labels[id]}; bigFont[id] = t.labels[id]; }
    } else if (data.physics) {
      item.label = labels[id];
    }
    if (item.label !== undefined) { labelled[id] = true; }
    return item;
  }
  function eventItem(id, t) {
    var item = Object.assign({}, baseNode[id]);
    item.title = tipFor(id);
    if (t) { item.x = t.events[id][0]; item.y = t.events[id][1]; }
    /* many event boxes: labelled once zoomed in, like the smaller actors */
    if (t ? t.many : !data.physics) { labels[id] = item.label; delete item.label; }
    return item;
  }
  function scopeItems() {
    var t = scope === "all" ? null : focus[scope], nodes = [], set = {};
    if (t) {
      t.many = Object.keys(t.events).length > 200;
      t.ids.forEach(function (id) { nodes.push(actorItem(id, t)); set[id] = true; });
      Object.keys(t.events).forEach(function (id) { nodes.push(eventItem(id, t)); set[id] = true; });
    } else {
      data.nodes.forEach(function (n) {
        nodes.push(nodeInfo[n.id].event === undefined ? actorItem(n.id, null) : eventItem(n.id, null));
        set[n.id] = true;
      });
    }
    var edges = [];
    data.edges.forEach(function (e) {
      if (set[e.from] && set[e.to]) {
        var item = Object.assign({}, e);
        delete item.label;
        if (t && !isRoleEdge(e)) { item.width = Math.max(1, 0.6 * e.width); }
        item.title = tipFor(e.id);
        edges.push(item);
      }
    });
    return {nodes: nodes, edges: edges, set: set};
  }
  function isEventNode(n) { return nodeInfo[n.id].event !== undefined; }
  function isRoleEdge(e) { return !!edgeInfo[e.id].role; }

  var container = document.getElementById("gk-map");
  var nodes = new vis.DataSet(), edges = new vis.DataSet();
  var options = Object.assign({}, data.options, {physics: {enabled: false}});
  var network = new vis.Network(container, {nodes: nodes, edges: edges}, options);
  var deferred = false, fitScale = 1;
  function load() {
    labels = {}; labelled = {}; bigFont = {};
    cur = scopeItems();
    cur.nodes.forEach(function (n) { n.hidden = view === "actors" && isEventNode(n); });
    cur.edges.forEach(function (e) { e.hidden = (view === "events") !== isRoleEdge(e); });
    /* large "all" maps create the event view's nodes and edges only when it is first shown */
    deferred = scope === "all" && !data.physics && view === "actors";
    nodes.clear(); edges.clear();
    var physics = scope === "all" && data.physics;
    network.setOptions({physics: physics ? data.options.physics : {enabled: false}});
    nodes.add(deferred ? cur.nodes.filter(function (n) { return !isEventNode(n); }) : cur.nodes);
    edges.add(deferred ? cur.edges.filter(function (e) { return !isRoleEdge(e); }) : cur.edges);
    stable = !physics || !cur.nodes.length;
    refit = true;
    if (physics) { network.stabilize(data.options.physics.stabilization.iterations); }
    network.fit({animation: false});
    fitScale = network.getScale();
    apply();
    offMap();
  }
  function showEventView() {
    if (!deferred) { return; }
    deferred = false;
    nodes.add(cur.nodes.filter(isEventNode));
    edges.add(cur.edges.filter(isRoleEdge));
    labelSoon();
  }
  performance.mark("gk-network");

  network.on("hoverNode", function (p) { fillNode(p.node); });
  network.on("hoverEdge", function (p) { fillEdge(p.edge); setEdgeLabels(selectedEdges(), p.edge); });
  network.on("blurEdge", function () { setEdgeLabels(selectedEdges(), null); });

  /* ---- labels: top actors from the start; others once zoomed in far enough to read them ---- */
  var labelTimer = null;
  function labelView() {
    labelTimer = null;
    var scale = network.getScale();
    if (scale < Math.max(1.8 * fitScale, 5 / OTHER_FONT)) { return; }
    var w = container.clientWidth, h = container.clientHeight;
    var a = network.DOMtoCanvas({x: -100, y: -50}), b = network.DOMtoCanvas({x: w + 100, y: h + 50});
    var pos = network.getPositions(), up = [];
    Object.keys(pos).forEach(function (id) {
      var p = pos[id];
      if (!labelled[id] && labels[id] !== undefined && p.x >= a.x && p.x <= b.x && p.y >= a.y && p.y <= b.y) {
        labelled[id] = true;
        up.push({id: id, label: labels[id], font: {size: OTHER_FONT}});
      }
    });
    if (up.length) { nodes.update(up); }
  }
  function labelSoon() { if (labelTimer === null) { labelTimer = setTimeout(labelView, 120); } }
  ["zoom", "dragEnd", "animationFinished", "resize"].forEach(function (e) { network.on(e, labelSoon); });

  /* ---- edge labels on hover and selection ---- */
  var edgeLabelled = {};
  function selectedEdges() { return network.getSelectedEdges(); }
  function setEdgeLabels(ids, hovered) {
    var want = {}, up = [];
    ids.forEach(function (id) { want[id] = true; });
    if (hovered) { want[hovered] = true; }
    Object.keys(edgeLabelled).forEach(function (id) {
      if (!want[id]) { delete edgeLabelled[id]; if (edges.get(id)) { up.push({id: id, label: ""}); } }
    });
    Object.keys(want).forEach(function (id) {
      var e = edges.get(id);
      if (!edgeLabelled[id] && e && !e.hidden) {
        edgeLabelled[id] = true;
        var info = edgeInfo[id];
        up.push({id: id, label: info.role ? info.role : edgeLabel[id]});
      }
    });
    if (up.length) { edges.update(up); }
  }

  /* ---- readiness: first drawing after stabilisation (or at once when physics is off) ---- */
  var stable = true, refit = true;
  network.on("stabilizationIterationsDone", function () {
    stable = true;
    network.fit({animation: false});
    fitScale = network.getScale();
    network.redraw();
  });
  network.on("afterDrawing", function () {
    if (!stable) { return; }
    if (refit) {  /* labels are measured at the first drawing: fit again with them */
      refit = false;
      network.fit({animation: false});
      fitScale = network.getScale();
      network.redraw();
      return;
    }
    if (window.graphkitReady === undefined) {
      window.graphkitReady = performance.now();
      performance.mark("gk-drawn");
      setTimeout(fillNames, 0);
    }
  });

  /* ---- filters ---- */
  var typeOn = {};
  data.types.forEach(function (t) { typeOn[t] = true; });
  var from = document.getElementById("gk-from"), to = document.getElementById("gk-to");
  var undated = document.getElementById("gk-undated");
  /* unnamed groups ("police", "students"): hidden with their events when unticked */
  var genericBox = document.getElementById("gk-generic"), genericIds = {};
  Object.keys(nodeInfo).forEach(function (id) { if (nodeInfo[id].generic) { genericIds[id] = true; } });
  function namedOnly(ev) {
    return ev.a.concat(ev.r).every(function (id) { return !genericIds[id]; });
  }
  if (data.dates) {
    [from, to].forEach(function (i) { i.min = data.dates[0]; i.max = data.dates[1]; });
  }
  function eventOk(ev) {
    if (!typeOn[ev.type]) { return false; }
    if (!genericBox.checked && !namedOnly(ev)) { return false; }
    if (!ev.d0) { return undated.checked; }
    if (from.value && ev.d1 < from.value) { return false; }
    if (to.value && ev.d0 > to.value) { return false; }
    return true;
  }
  function filtering() {
    return !!(from.value || to.value || !undated.checked || !genericBox.checked ||
      data.types.some(function (t) { return !typeOn[t]; }));
  }
  function apply() {
    if (view === "events") { showEventView(); }
    var ok = events.map(eventOk), active = filtering(), seen = {}, nodeUp = [], edgeUp = [];
    var nv = 0, ne = 0, na = 0;
    cur.edges.forEach(function (e) {
      var info = edgeInfo[e.id], mine = (view === "events") === !!info.role;
      var show = mine && info.events.length ? info.events.some(function (i) { return ok[i]; }) : mine && !active;
      if (show) { seen[e.from] = seen[e.to] = true; ne++; }
      if (e.hidden !== !show) { e.hidden = !show; edgeUp.push({id: e.id, hidden: !show}); }
    });
    cur.nodes.forEach(function (n) {
      var info = nodeInfo[n.id], show;
      if (info.event !== undefined) { show = view === "events" && ok[info.event]; } else { show = !active || !!seen[n.id]; }
      if (info.generic && !genericBox.checked) { show = false; }
      if (show) { nv++; if (info.event === undefined) { na++; } }
      if (n.hidden !== !show) { n.hidden = !show; nodeUp.push({id: n.id, hidden: !show}); }
    });
    if (!deferred || view === "events") {
      if (nodeUp.length) { nodes.update(nodeUp); }
      if (edgeUp.length) { edges.update(edgeUp); }
    } else {
      nodes.update(nodeUp.filter(function (u) { return nodeInfo[u.id].event === undefined; }));
      edges.update(edgeUp.filter(function (u) { return !edgeInfo[u.id].role; }));
    }
    document.getElementById("gk-stats").textContent = na + " of " + data.counts.actors + " actors · " +
      nv + " nodes · " + ne + " edges";
  }

  /* event type checkboxes */
  var typeList = document.getElementById("gk-type-list");
  var boxes = {};
  data.types.forEach(function (t) {
    var lab = el("label"), box = el("input"), sw = el("span", null, "gk-line");
    box.type = "checkbox"; box.checked = true; box.value = t;
    box.addEventListener("change", function () { typeOn[t] = box.checked; apply(); });
    sw.style.borderColor = data.type_colors[t] || "#7f7f7f";
    lab.appendChild(box); lab.appendChild(sw); lab.appendChild(document.createTextNode(" " + t));
    var li = el("div"); li.appendChild(lab); typeList.appendChild(li);
    boxes[t] = box;
  });
  function setAll(on) { data.types.forEach(function (t) { typeOn[t] = on; boxes[t].checked = on; }); apply(); }
  document.getElementById("gk-all").addEventListener("click", function () { setAll(true); });
  document.getElementById("gk-none").addEventListener("click", function () { setAll(false); });
  [from, to, undated, genericBox].forEach(function (i) { i.addEventListener("change", apply); });
  function setView(v) {
    view = v;
    Array.prototype.forEach.call(document.querySelectorAll('input[name="gk-view"]'), function (r) { r.checked = r.value === v; });
    apply();
  }
  Array.prototype.forEach.call(document.querySelectorAll('input[name="gk-view"]'), function (r) {
    r.addEventListener("change", function () { if (r.checked) { setView(r.value); } });
  });

  /* scope and colour controls */
  var scopeSel = document.getElementById("gk-scope");
  focus.forEach(function (t, i) {
    var o = el("option", "top " + t.ids.length + " actors"); o.value = String(i); scopeSel.appendChild(o);
  });
  var allOpt = el("option", "all " + data.counts.actors + " actors"); allOpt.value = "all"; scopeSel.appendChild(allOpt);
  scopeSel.value = String(scope);
  function setScope(s) { scope = s === "all" ? "all" : +s; scopeSel.value = String(scope); load(); }
  scopeSel.addEventListener("change", function () { setScope(scopeSel.value); });
  var colourSel = document.getElementById("gk-colour");
  function setColour(c) {
    colourBy = c; colourSel.value = c;
    document.getElementById("gk-communities").hidden = c !== "community";
    nodes.update(cur.nodes.filter(function (n) { return !isEventNode(n) && nodes.get(n.id); })
      .map(function (n) { n.color = colourOf(n.id); return {id: n.id, color: n.color}; }));
  }
  colourSel.addEventListener("change", function () { setColour(colourSel.value); });
  var commList = document.getElementById("gk-community-list");
  (data.communities || []).forEach(function (c) {
    var li = el("li"), sw = el("span", null, "gk-sw dot");
    sw.style.background = c.color;
    li.appendChild(sw); li.appendChild(document.createTextNode(c.names.join(", ") + (c.size > 3 ? " … (" + c.size + ")" : "")));
    commList.appendChild(li);
  });

  /* ---- side panel: all events of the selected actor or relation ---- */
  var detail = document.getElementById("gk-detail");
  function byDate(a, b) {
    var x = events[a].d0 || "9999", y = events[b].d0 || "9999";
    return x < y ? -1 : x > y ? 1 : a - b;
  }
  function eventRow(i, self) {
    var ev = events[i], row = el("div", null, "gk-ev"), head = el("div");
    head.appendChild(el("span", ev.date || (ev.reported ? ev.reported : "undated"), "gk-when" + (ev.pub ? " gk-pub" : "")));
    if (ev.pub) { head.appendChild(el("span", " (article date)", "gk-pub")); }
    var badge = el("span", ev.type, "gk-badge");
    badge.style.background = data.type_colors[ev.type] || "#7f7f7f";
    head.appendChild(badge);
    head.appendChild(document.createTextNode(ev.label));
    row.appendChild(head);
    var others;
    if (self && ev.a.indexOf(self) >= 0) { others = "→ " + (ev.recipients.join(", ") || "(no one named)"); }
    else if (self && ev.r.indexOf(self) >= 0) { others = "← " + (ev.actors.join(", ") || "(someone)"); }
    else { others = (ev.actors.join(", ") || "?") + " → " + (ev.recipients.join(", ") || "?"); }
    line(row, others);
    line(row, "“" + ev.sentence + "”", "gk-sent");
    line(row, "article " + ev.article + (ev.certainty !== "asserted" ? " · " + ev.certainty : ""), "gk-muted");
    return row;
  }
  function eventList(idx, self) {
    var list = el("div", null, "gk-events"), sorted = idx.slice().sort(byDate), shown = 0;
    var more = el("button", null, "gk-more");
    more.type = "button";
    function page() {
      sorted.slice(shown, shown + PAGE).forEach(function (i) { list.insertBefore(eventRow(i, self), more); });
      shown = Math.min(sorted.length, shown + PAGE);
      more.textContent = "show " + Math.min(PAGE, sorted.length - shown) + " more of " + (sorted.length - shown);
      more.hidden = shown >= sorted.length;
    }
    more.addEventListener("click", page);
    list.appendChild(more);
    page();
    return list;
  }
  function showActor(id) {
    var info = nodeInfo[id];
    clear(detail);
    detail.appendChild(el("h2", info.name));
    var facts = el("div", null, "gk-facts");
    line(facts, [info.kind, info.code ? "code " + info.code : null, info.sector ? "sector " + info.sector : null]
      .filter(Boolean).join(" · "), "gk-muted");
    if (info.titles) { line(facts, "Titles: " + info.titles.join("; ")); }
    if (info.affiliations) { line(facts, "Affiliations: " + info.affiliations.join("; ")); }
    if (info.aliases) { line(facts, "Also: " + info.aliases.join("; "), "gk-muted"); }
    if (info.community !== undefined) { line(facts, "Community " + (info.community + 1)); }
    if (!cur.set[id]) { line(facts, info.strength ? "Not drawn: outside this view (choose more under Show)" : "Not drawn: no relation to another actor", "gk-muted"); }
    line(facts, plural(info.events.length, "event") + (info.strength ? ", " + info.strength + " with another actor" : ""));
    detail.appendChild(facts);
    detail.appendChild(eventList(info.events, id));
  }
  function showRelation(id) {
    var info = edgeInfo[id];
    clear(detail);
    detail.appendChild(el("h2", info.from + " → " + info.to));
    var facts = el("div", null, "gk-facts");
    line(facts, info.labels.map(function (l) { return l[0] + (l[1] > 1 ? " ×" + l[1] : ""); }).join(" · "));
    var span = info.first ? (info.first === info.last ? info.first : info.first + " – " + info.last) : "undated";
    line(facts, info.type + " · " + plural(info.count, "event") + " · mean score " + info.score + " · " + span, "gk-muted");
    detail.appendChild(facts);
    detail.appendChild(eventList(info.events, null));
  }
  function showEvent(i) { clear(detail); detail.appendChild(el("h2", "Event")); detail.appendChild(eventList([i], null)); }
  network.on("click", function (p) {
    setEdgeLabels(selectedEdges(), null);
    if (p.nodes.length) {
      var info = nodeInfo[p.nodes[0]];
      if (info.event !== undefined) { showEvent(info.event); } else { showActor(p.nodes[0]); }
    } else if (p.edges.length) {
      var e = edgeInfo[p.edges[0]];
      if (e.role) { showEvent(e.events[0]); } else { showRelation(p.edges[0]); }
    }
  });

  /* ---- actors not on the map: listed, searchable ---- */
  var offList = document.getElementById("gk-offmap-list"), offIds = [];
  function offMap() {
    offIds = Object.keys(nodeInfo).filter(function (id) { return nodeInfo[id].event === undefined && !cur.set[id]; });
    offIds.sort(function (a, b) {
      var x = nodeInfo[a], y = nodeInfo[b];
      return ((y.strength || 0) - (x.strength || 0)) || (y.events.length - x.events.length) || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0);
    });
    listOff(document.getElementById("gk-query").value);
  }
  function listOff(q) {
    q = (q || "").trim().toLowerCase();
    var hits = q ? offIds.filter(function (id) { return nodeInfo[id].name.toLowerCase().indexOf(q) >= 0; }) : offIds;
    document.getElementById("gk-offmap-head").textContent = "Not on the map: " + offIds.length + " actors" +
      (q ? " (" + hits.length + " match)" : "");
    clear(offList);
    hits.slice(0, OFFMAP).forEach(function (id) {
      var info = nodeInfo[id], li = el("li", info.name + " · " + info.kind + " · " + plural(info.events.length, "event"));
      li.addEventListener("click", function () { showActor(id); });
      offList.appendChild(li);
    });
    if (hits.length > OFFMAP) { offList.appendChild(el("li", "… " + (hits.length - OFFMAP) + " more: type to search", "gk-muted")); }
  }
  document.getElementById("gk-query").addEventListener("input", function (e) { listOff(e.target.value); });

  /* ---- search: drawn actors first, then every actor ---- */
  var names = document.getElementById("gk-names"), byName = [];
  Object.keys(nodeInfo).forEach(function (id) {
    if (nodeInfo[id].event === undefined) { byName.push([nodeInfo[id].name.toLowerCase(), id]); }
  });
  function fillNames() {
    var frag = document.createDocumentFragment();
    byName.slice(0, 5000).forEach(function (p) { var o = el("option"); o.value = nodeInfo[p[1]].name; frag.appendChild(o); });
    names.appendChild(frag);
  }
  function find(q, drawnOnly) {
    q = q.trim().toLowerCase();
    if (!q) { return null; }
    var tests = [function (s) { return s === q; }, function (s) { return s.indexOf(q) === 0; },
                 function (s) { return s.indexOf(q) >= 0; }];
    var passes = drawnOnly ? [true] : [true, false];
    for (var d = 0; d < passes.length; d++) {
      for (var k = 0; k < tests.length; k++) {
        for (var i = 0; i < byName.length; i++) {
          var id = byName[i][1], n = nodes.get(id), drawn = !!n && !n.hidden;
          if (tests[k](byName[i][0]) && drawn === passes[d]) { return id; }
        }
      }
    }
    return null;
  }
  document.getElementById("gk-search").addEventListener("submit", function (evt) {
    evt.preventDefault();
    var q = document.getElementById("gk-query").value, id = find(q, false);
    var found = document.getElementById("gk-found");
    if (id === null) { found.textContent = q.trim() ? "no actor matches “" + q.trim() + "”" : ""; return; }
    var n = nodes.get(id);
    showActor(id);
    if (n && !n.hidden) {
      found.textContent = nodeInfo[id].name;
      network.selectNodes([id]);
      setEdgeLabels(selectedEdges(), null);
      network.focus(id, {scale: Math.max(network.getScale(), 1.2), animation: {duration: 400, easingFunction: "easeInOutQuad"}});
    } else {
      found.textContent = nodeInfo[id].name + " (not drawn: see the side panel)";
      network.unselectAll();
    }
  });

  /* ---- measurement helpers for tests and the benchmark ---- */
  function labelBoxes(n) {
    var box = container.getBoundingClientRect(), out = [];
    Object.keys(bigFont).sort(function (a, b) { return bigFont[b] - bigFont[a] || (a < b ? -1 : 1); }).slice(0, n)
      .forEach(function (id) {
        var node = network.body.nodes[id];
        if (!node || !nodes.get(id) || nodes.get(id).hidden) { return; }
        var s = node.labelModule.size, p = network.canvasToDOM({x: s.left, y: s.top});
        var q = network.canvasToDOM({x: s.left + s.width, y: s.top + s.height});
        out.push({id: id, label: labels[id], x0: p.x + box.left, y0: p.y + box.top, x1: q.x + box.left, y1: q.y + box.top});
      });
    return out;
  }
  function drawn() {
    var ids = network.body.nodeIndices, has = {};
    network.body.edgeIndices.forEach(function (e) { var x = network.body.edges[e]; has[x.fromId] = has[x.toId] = true; });
    return {nodes: ids.length, edges: network.body.edgeIndices.length,
            alone: ids.filter(function (id) { return !has[id]; }).length};
  }

  load();
  window.graphkitMap = {
    network: network, nodes: nodes, edges: edges, apply: apply, find: find, fillNode: fillNode, fillEdge: fillEdge,
    labelView: labelView, labelBoxes: labelBoxes, drawn: drawn, setScope: setScope, setColour: setColour,
    showActor: showActor, showRelation: showRelation, setView: setView,
    visible: function () { return {nodes: network.body.nodeIndices.length, edges: network.body.edgeIndices.length}; }
  };
})();
