// ShelfScout dashboard: the only script of the pages (the CSP allows no inline script). It draws the product chart,
// reloads a page showing a run in progress, and adds keyboard navigation. Every value it puts in the page goes in
// as text (textContent), never as markup.
(function () {
  "use strict";

  // A page showing a run in progress names its refresh interval on <body data-refresh-seconds>.
  function autoRefresh() {
    var seconds = parseInt(document.body.getAttribute("data-refresh-seconds") || "", 10);
    if (seconds > 0) {
      window.setTimeout(function () { window.location.reload(); }, seconds * 1000);
    }
  }

  // --- keyboard navigation -------------------------------------------------------------------------------------
  // "/" focuses the search box; "j"/"k" (or ArrowDown/ArrowUp while a row link has focus) move through the rows of
  // a list and focus the row's first link, so Enter opens it; "n"/"p" follow the pager's next and previous links.
  function isTyping(target) {
    var tag = target && target.tagName;
    return tag === "INPUT" || tag === "SELECT" || tag === "TEXTAREA" || (target && target.isContentEditable);
  }

  function rowLinks() {
    return Array.prototype.slice.call(document.querySelectorAll("table[data-rows] tbody tr"))
      .map(function (row) { return row.querySelector("a[href]"); })
      .filter(function (link) { return link !== null; });
  }

  function moveRow(step) {
    var links = rowLinks();
    if (links.length === 0) {
      return false;
    }
    var at = links.indexOf(document.activeElement);
    var next = at < 0 ? (step > 0 ? 0 : links.length - 1) : Math.min(links.length - 1, Math.max(0, at + step));
    links.forEach(function (link) { link.closest("tr").classList.remove("current"); });
    links[next].closest("tr").classList.add("current");
    links[next].focus();
    return true;
  }

  function follow(rel) {
    var link = document.querySelector("a[rel='" + rel + "']");
    if (link) {
      window.location.assign(link.href);
      return true;
    }
    return false;
  }

  function onKey(event) {
    if (event.ctrlKey || event.metaKey || event.altKey) {
      return;
    }
    if (isTyping(event.target)) {
      if (event.key === "Escape") {
        event.target.blur();
      }
      return;
    }
    var rowFocused = rowLinks().indexOf(document.activeElement) >= 0;
    var handled = false;
    switch (event.key) {
      case "/":
        var search = document.querySelector("input[type=search]");
        if (search) {
          search.focus();
          search.select();
          handled = true;
        }
        break;
      case "j":
        handled = moveRow(1);
        break;
      case "k":
        handled = moveRow(-1);
        break;
      case "ArrowDown":
        handled = rowFocused && moveRow(1);
        break;
      case "ArrowUp":
        handled = rowFocused && moveRow(-1);
        break;
      case "n":
        handled = follow("next");
        break;
      case "p":
        handled = follow("prev");
        break;
    }
    if (handled) {
      event.preventDefault();
    }
  }

  // --- the price and stock chart -------------------------------------------------------------------------------
  var stockColours = {
    OutOfStock: "rgba(214, 69, 65, 0.16)",
    Discontinued: "rgba(120, 120, 120, 0.18)",
    PreOrder: "rgba(230, 162, 60, 0.18)",
    BackOrder: "rgba(230, 162, 60, 0.18)",
    LimitedAvailability: "rgba(230, 162, 60, 0.18)",
    Unknown: "rgba(120, 120, 120, 0.10)"
  };

  function seconds(iso) {
    return Date.parse(iso) / 1000;
  }

  // Rows are changes: each price holds until the next row, the last one until the product was last seen ("until"),
  // so the x values are the stored observation times plus that end, and the y values the stored prices.
  // The chart runs to the product's last sighting, or to its newest row when that is later.
  function endOf(history) {
    var times = [history.until].concat(
      history.prices.map(function (p) { return p.observedAt; }),
      history.stock.map(function (s) { return s.observedAt; }));
    return times.filter(function (t) { return t; }).map(seconds).reduce(function (a, b) { return Math.max(a, b); }, -Infinity);
  }

  function chartData(history) {
    var xs = [], prices = [], lists = [];
    history.prices.forEach(function (p) {
      xs.push(seconds(p.observedAt));
      prices.push(p.price);
      lists.push(p.regularPrice);
    });
    var end = endOf(history);
    if (xs.length > 0 && end > xs[xs.length - 1]) {
      xs.push(end);
      prices.push(prices[prices.length - 1]);
      lists.push(lists[lists.length - 1]);
    }
    return [xs, prices, lists];
  }

  function stockBands(history) {
    var end = endOf(history);
    return history.stock.map(function (s, i) {
      var next = i + 1 < history.stock.length ? seconds(history.stock[i + 1].observedAt) : end;
      return { from: seconds(s.observedAt), to: next, availability: s.availability };
    });
  }

  function drawBands(bands) {
    return function (u) {
      var ctx = u.ctx;
      var top = u.bbox.top, height = u.bbox.height;
      ctx.save();
      bands.forEach(function (band) {
        var colour = stockColours[band.availability];
        if (!colour) {
          return; // in stock: no band
        }
        var left = u.valToPos(band.from, "x", true);
        var right = u.valToPos(band.to > band.from ? band.to : u.scales.x.max, "x", true);
        left = Math.max(left, u.bbox.left);
        right = Math.min(right, u.bbox.left + u.bbox.width);
        if (right > left) {
          ctx.fillStyle = colour;
          ctx.fillRect(left, top, right - left, height);
        }
      });
      ctx.restore();
    };
  }

  function drawChart(element) {
    var status = element.querySelector(".chart-status");
    fetch(element.getAttribute("data-history"), { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error("the history answered " + response.status);
        }
        return response.json();
      })
      .then(function (history) {
        var data = chartData(history);
        var bands = stockBands(history);
        if (status) {
          status.remove();
        }
        if (data[0].length === 0) {
          element.appendChild(document.createTextNode("No price recorded yet."));
          element.setAttribute("data-ready", "empty");
          return;
        }
        var currency = history.prices.length > 0 && history.prices[history.prices.length - 1].currency || "";
        var stepped = uPlot.paths.stepped({ align: 1 });
        var money = function (u, v) { return v === null || v === undefined ? "–" : v.toFixed(2) + (currency ? " " + currency : ""); };
        var options = {
          width: Math.max(320, element.clientWidth || 800),
          height: 320,
          scales: { x: { time: true } },
          series: [
            { label: "Time" },
            { label: "Price", stroke: "#1f6feb", width: 2, paths: stepped, value: money, points: { show: true, size: 5 } },
            { label: "List price", stroke: "#8b949e", width: 1.5, dash: [6, 4], paths: stepped, value: money, spanGaps: false, points: { show: false } }
          ],
          axes: [{}, { values: function (u, vals) { return vals.map(function (v) { return v.toFixed(2); }); }, size: 64 }],
          hooks: { drawClear: [drawBands(bands)] }
        };
        var plot = new uPlot(options, data, element);
        // Tests and anyone curious can read what was drawn: the x values (seconds) and both series.
        element.uplot = plot;
        element.setAttribute("data-points", String(history.prices.length));
        element.setAttribute("data-bands", String(bands.length));
        element.setAttribute("data-ready", "drawn");
        window.addEventListener("resize", function () {
          plot.setSize({ width: Math.max(320, element.clientWidth || 800), height: 320 });
        });
      })
      .catch(function (error) {
        if (status) {
          status.textContent = "The chart could not be drawn: " + error.message;
        }
        element.setAttribute("data-ready", "failed");
      });
  }

  function start() {
    autoRefresh();
    document.addEventListener("keydown", onKey);
    var chart = document.getElementById("chart");
    if (chart && chart.hasAttribute("data-history") && typeof uPlot !== "undefined") {
      drawChart(chart);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
