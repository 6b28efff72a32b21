/* graphkit map: views, filters, search and tooltips over vis-network.
   Every string from an article reaches the page through textContent or a canvas label,
   never through innerHTML. */
(function () {
  "use strict";
  performance.mark("gk-start");
  var data = JSON.parse(document.getElementById("gk-data").textContent);
  performance.mark("gk-parsed");
  var EVIDENCE = 5;
  var events = data.events, nodeInfo = data.node_info, edgeInfo = data.edge_info;

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }
  function line(parent, text, cls) { if (text) { parent.appendChild(el("div", text, cls)); } }
  function when(ev) { return ev.date || (ev.reported ? "reported " + ev.reported : "undated"); }
  function evidence(parent, idx) {
    if (!idx || !idx.length) { return; }
    var ul = el("ul");
    idx.slice(0, EVIDENCE).forEach(function (i) {
      var ev = events[i];
      var li = el("li");
      li.appendChild(el("b", when(ev) + " · " + ev.label + " (" + ev.type + ")"));
      li.appendChild(el("div", "“" + ev.sentence + "”"));
      li.appendChild(el("div", "article " + ev.article + (ev.certainty !== "asserted" ? " · " + ev.certainty : ""), "gk-muted"));
      ul.appendChild(li);
    });
    if (idx.length > EVIDENCE) { ul.appendChild(el("li", "… and " + (idx.length - EVIDENCE) + " more", "gk-muted")); }
    parent.appendChild(ul);
  }
  function actorTip(d, info) {
    d.appendChild(el("b", info.name));
    line(d, info.kind + (info.code ? " · " + info.code : ""), "gk-muted");
    if (info.titles.length) { line(d, "Titles: " + info.titles.join("; ")); }
    if (info.affiliations.length) { line(d, "Affiliations: " + info.affiliations.join("; ")); }
    if (info.aliases.length) { line(d, "Also: " + info.aliases.join("; "), "gk-muted"); }
    if (info.events.length) { line(d, info.events.length + " event" + (info.events.length > 1 ? "s" : "")); }
    evidence(d, info.events);
    return d;
  }
  function eventTip(d, ev) {
    d.appendChild(el("b", ev.label + " (" + ev.type + (ev.mode ? ", " + ev.mode : "") + ")"));
    line(d, when(ev) + " · " + ev.certainty, "gk-muted");
    line(d, (ev.actors.join(", ") || "?") + " → " + (ev.recipients.join(", ") || "?"));
    line(d, "“" + ev.sentence + "”");
    line(d, "article " + ev.article, "gk-muted");
    return d;
  }
  function relationTip(d, info) {
    d.appendChild(el("b", info.from + " — " + info.label + " → " + info.to));
    var span = info.first ? (info.first === info.last ? info.first : info.first + " – " + info.last) : "undated";
    line(d, info.type + " · " + info.count + " event" + (info.count > 1 ? "s" : "") + " · score " + info.score + " · " + span, "gk-muted");
    evidence(d, info.events);
    return d;
  }
  function roleTip(d, info) {
    d.appendChild(el("b", info.role));
    evidence(d, info.events);
    return d;
  }

  /* each tooltip is an empty element until its node or edge is first hovered */
  var nodeTips = {}, edgeTips = {};
  var nodeItems = data.nodes.map(function (n) {
    var item = Object.assign({}, n);
    item.title = nodeTips[n.id] = el("div", null, "gk-tip");
    return item;
  });
  var edgeItems = data.edges.map(function (e) {
    var item = Object.assign({}, e);
    item.title = edgeTips[e.id] = el("div", null, "gk-tip");
    return item;
  });
  function fillNode(id) {
    var d = nodeTips[id], info = nodeInfo[id];
    if (!d || d.firstChild) { return; }
    if (info.event !== undefined) { eventTip(d, events[info.event]); } else { actorTip(d, info); }
  }
  function fillEdge(id) {
    var d = edgeTips[id], info = edgeInfo[id];
    if (!d || d.firstChild) { return; }
    if (info.role) { roleTip(d, info); } else { relationTip(d, info); }
  }
  performance.mark("gk-tooltips");
  /* large maps: node labels are given only to the nodes in view once zoomed in enough to read
     them, since measuring thousands of labels slows the first drawing */
  var lazy = !data.physics, labels = {}, labelled = {};
  if (lazy) {
    nodeItems.forEach(function (n) { labels[n.id] = n.label; delete n.label; });
  }
  /* large maps also create the event view's nodes and edges only when it is first shown */
  function isEventNode(n) { return nodeInfo[n.id].event !== undefined; }
  function isRoleEdge(e) { return !!edgeInfo[e.id].role; }
  var deferred = lazy;
  var nodes = new vis.DataSet(deferred ? nodeItems.filter(function (n) { return !isEventNode(n); }) : nodeItems);
  var edges = new vis.DataSet(deferred ? edgeItems.filter(function (e) { return !isRoleEdge(e); }) : edgeItems);
  function showEventView() {
    if (!deferred) { return; }
    deferred = false;
    nodes.add(nodeItems.filter(isEventNode));
    edges.add(edgeItems.filter(isRoleEdge));
    labelSoon();
  }
  var container = document.getElementById("gk-map");
  var network = new vis.Network(container, {nodes: nodes, edges: edges}, data.options);
  performance.mark("gk-network");

  network.on("hoverNode", function (p) { fillNode(p.node); });
  network.on("hoverEdge", function (p) { fillEdge(p.edge); });

  var labelTimer = null;
  function labelView() {
    labelTimer = null;
    var font = (data.options.nodes.font || {}).size || 14;
    if (!lazy || network.getScale() * font < 5) { return; }  /* vis-network draws no smaller label */
    var w = container.clientWidth, h = container.clientHeight;
    var a = network.DOMtoCanvas({x: -100, y: -50}), b = network.DOMtoCanvas({x: w + 100, y: h + 50});
    var pos = network.getPositions(), up = [];
    Object.keys(pos).forEach(function (id) {
      var p = pos[id];
      if (!labelled[id] && p.x >= a.x && p.x <= b.x && p.y >= a.y && p.y <= b.y) {
        labelled[id] = true;
        up.push({id: id, label: labels[id]});
      }
    });
    if (up.length) { nodes.update(up); }
  }
  function labelSoon() { if (lazy && labelTimer === null) { labelTimer = setTimeout(labelView, 120); } }
  ["zoom", "dragEnd", "animationFinished", "resize"].forEach(function (e) { network.on(e, labelSoon); });

  /* readiness: first drawing after stabilisation (or at once when physics is off) */
  var stable = !data.physics || !data.nodes.length;  /* an empty network never stabilises */
  network.once("stabilizationIterationsDone", function () { stable = true; network.redraw(); });
  network.on("afterDrawing", function () {
    if (stable && window.graphkitReady === undefined) {
      window.graphkitReady = performance.now();
      performance.mark("gk-drawn");
      labelSoon();
    }
  });

  /* state and filters */
  var view = "actors";
  var typeOn = {};
  data.types.forEach(function (t) { typeOn[t] = true; });
  var from = document.getElementById("gk-from"), to = document.getElementById("gk-to");
  var undated = document.getElementById("gk-undated");
  if (data.dates) {
    [from, to].forEach(function (i) { i.min = data.dates[0]; i.max = data.dates[1]; });
  }
  function eventOk(ev) {
    if (!typeOn[ev.type]) { return false; }
    if (!ev.d0) { return undated.checked; }
    if (from.value && ev.d1 < from.value) { return false; }
    if (to.value && ev.d0 > to.value) { return false; }
    return true;
  }
  function filtering() {
    return !!(from.value || to.value || !undated.checked || data.types.some(function (t) { return !typeOn[t]; }));
  }
  function apply() {
    if (view === "events") { showEventView(); }
    var ok = events.map(eventOk), active = filtering(), seen = {}, nodeUp = [], edgeUp = [];
    var nv = 0, ev = 0;
    edgeItems.forEach(function (e) {
      var info = edgeInfo[e.id], mine = (view === "events") === !!info.role;
      var show = mine && info.events.length ? info.events.some(function (i) { return ok[i]; }) : mine && !active;
      if (show) { seen[e.from] = seen[e.to] = true; ev++; }
      if (e.hidden !== !show) { e.hidden = !show; edgeUp.push({id: e.id, hidden: !show}); }
    });
    nodeItems.forEach(function (n) {
      var info = nodeInfo[n.id], show;
      if (info.event !== undefined) { show = view === "events" && ok[info.event]; }
      else { show = !active || !!seen[n.id]; }
      if (show) { nv++; }
      if (n.hidden !== !show) { n.hidden = !show; nodeUp.push({id: n.id, hidden: !show}); }
    });
    if (nodeUp.length) { nodes.update(nodeUp); }
    if (edgeUp.length) { edges.update(edgeUp); }
    document.getElementById("gk-stats").textContent = nv + " nodes · " + ev + " edges";
  }
  nodeItems.forEach(function (n) { n.hidden = !!n.hidden; });
  edgeItems.forEach(function (e) { e.hidden = !!e.hidden; });

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
  [from, to, undated].forEach(function (i) { i.addEventListener("change", apply); });
  Array.prototype.forEach.call(document.querySelectorAll('input[name="gk-view"]'), function (r) {
    r.addEventListener("change", function () { if (r.checked) { view = r.value; apply(); } });
  });

  /* search */
  var names = document.getElementById("gk-names"), byName = [];
  nodeItems.forEach(function (n) {
    var info = nodeInfo[n.id];
    if (info.event === undefined) {
      byName.push([info.name.toLowerCase(), n.id]);
      var o = el("option"); o.value = info.name; names.appendChild(o);
    }
  });
  function find(q) {
    q = q.trim().toLowerCase();
    if (!q) { return null; }
    var tests = [function (s) { return s === q; }, function (s) { return s.indexOf(q) === 0; },
                 function (s) { return s.indexOf(q) >= 0; }];
    for (var k = 0; k < tests.length; k++) {
      for (var i = 0; i < byName.length; i++) {
        if (tests[k](byName[i][0]) && !nodes.get(byName[i][1]).hidden) { return byName[i][1]; }
      }
    }
    return null;
  }
  document.getElementById("gk-search").addEventListener("submit", function (evt) {
    evt.preventDefault();
    var q = document.getElementById("gk-query").value, id = find(q);
    var found = document.getElementById("gk-found");
    if (id === null) { found.textContent = q.trim() ? "no visible actor matches “" + q.trim() + "”" : ""; return; }
    found.textContent = nodeInfo[id].name;
    network.selectNodes([id]);
    network.focus(id, {scale: 1.2, animation: {duration: 400, easingFunction: "easeInOutQuad"}});
  });

  apply();
  window.graphkitMap = {
    network: network, nodes: nodes, edges: edges, apply: apply, find: find, fillNode: fillNode, fillEdge: fillEdge,
    labelView: labelView,
    visible: function () {
      return {nodes: network.body.nodeIndices.length, edges: network.body.edgeIndices.length};
    },
    setView: function (v) {
      view = v;
      Array.prototype.forEach.call(document.querySelectorAll('input[name="gk-view"]'), function (r) { r.checked = r.value === v; });
      apply();
    }
  };
})();
