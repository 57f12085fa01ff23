import { describe, expect, it } from "vitest";
import { settingsFromSearch, searchFromSettings, mergeSearch, pageLinkMessages } from "../../src/hyperparams/url";
import { checkValue } from "../../src/hyperparams/validate";
import { widgetCatalog } from "../../src/widgets/catalog";
import { defaults, type NumberParam } from "../../src/hyperparams/schema";

const schema = widgetCatalog["mlp-xnor"].schema;
const lr = schema.find((p) => p.key === "learningRate") as NumberParam;

describe("hyperparameter validation", () => {
  // [raw input, value used, message pattern or null]
  const table: [string, number, RegExp | null][] = [
    ["0.01", 0.01, null],
    [" 0.5 ", 0.5, null],
    ["1e-3", 0.001, null],
    ["NaN", lr.default, /not a usable number/],
    ["Infinity", lr.default, /not a usable number/],
    ["1e308", lr.max, /above the maximum/],
    ["1e309", lr.default, /not a usable number/],
    ["-5", lr.min, /below the minimum/],
    ["0", lr.min, /below the minimum/],
    ["", lr.default, /not a usable number/],
    ["0x10", lr.default, /not a usable number/],
    ["1,5", lr.default, /not a usable number/],
    ["<script>alert(1)</script>", lr.default, /“<script>alert\(1\)<\/script>” is not a usable number/],
  ];
  it.each(table)("learning rate %j → %s", (raw, value, message) => {
    const checked = checkValue(lr, raw);
    expect(checked.value).toBe(value);
    if (message) expect(checked.message).toMatch(message);
    else expect(checked.message).toBeUndefined();
  });

  it("rounds integer settings and refuses unknown choices", () => {
    const hidden = schema.find((p) => p.key === "hiddenUnits")!;
    expect(checkValue(hidden, "3.6")).toMatchObject({ value: 4, message: expect.stringMatching(/whole number/) });
    const act = schema.find((p) => p.key === "activation")!;
    expect(checkValue(act, "relu").value).toBe("relu");
    expect(checkValue(act, "softmax")).toMatchObject({ value: "tanh", message: expect.stringMatching(/not one of tanh, relu, sigmoid/) });
  });

  it("keeps the last good value when a typed entry is refused", () => {
    expect(checkValue(lr, "abc", 0.2)).toMatchObject({ value: 0.2, message: expect.stringMatching(/using 0.2/) });
  });

  it("truncates long hostile input in messages", () => {
    const m = checkValue(lr, "x".repeat(5000)).message!;
    expect(m.length).toBeLessThan(200);
  });
});

describe("settings in the URL", () => {
  it("round-trips every setting, seed and backend included", () => {
    const settings = { ...defaults(schema), learningRate: 0.2, hiddenUnits: 7, activation: "relu", seed: 42, backend: "webgl" };
    const search = searchFromSettings(schema, settings);
    expect(search).toContain("seed=42");
    expect(search).toContain("backend=webgl");
    expect(settingsFromSearch(schema, search)).toEqual({ settings, messages: [] });
  });

  it("namespaces keys by widget on chapter pages and leaves other widgets' keys alone", () => {
    const merged = mergeSearch("other-widget.lr=3", schema, { ...defaults(schema), learningRate: 0.1 }, "mlp-xnor");
    expect(merged).toContain("other-widget.lr=3");
    expect(settingsFromSearch(schema, merged, "mlp-xnor").settings.learningRate).toBe(0.1);
  });

  it("lets a bare ?backend= on a chapter page force every widget's backend", () => {
    expect(settingsFromSearch(schema, "backend=cpu", "mlp-xnor").settings.backend).toBe("cpu");
    expect(settingsFromSearch(schema, "backend=cpu&mlp-xnor.backend=webgl", "mlp-xnor").settings.backend).toBe("webgl");
  });

  it("explains hostile URLs and never fails", () => {
    const { settings, messages } = settingsFromSearch(
      schema,
      "?lr=%3Cscript%3Ealert(1)%3C/script%3E&hidden=1e308&seed=-4&act=NaN&bogus=1&tfjsflags=WEBGL_VERSION:0&lr=2",
    );
    expect(settings).toMatchObject({ learningRate: 1, hiddenUnits: 16, seed: 0, activation: "tanh" });
    const text = messages.join("\n");
    expect(text).toMatch(/tfjsflags.*ignored/);
    expect(text).toMatch(/Unknown setting “bogus”/);
    expect(text).toMatch(/more than once/);
    expect(text).toMatch(/above the maximum/);
    expect(text).toMatch(/below the minimum/);
  });
});

describe("a chapter page's link", () => {
  it("names keys no widget on the page reads, and engine flags, once", () => {
    const widgets = [{ id: "mlp-xnor", schema }];
    const messages = pageLinkMessages("?mlp-xnor.lr=0.1&backend=cpu&foo=1&<script>=x&tfjsflags=DEBUG:true&other.lr=2", widgets);
    expect(messages).toHaveLength(4);
    expect(messages.join("\n")).toMatch(/“foo”/);
    expect(messages.join("\n")).toMatch(/“<script>”/);
    expect(messages.join("\n")).toMatch(/“other.lr”/);
    expect(messages.join("\n")).toMatch(/tfjsflags/);
    // widgets on the page do not repeat the engine-flags message
    expect(settingsFromSearch(schema, "?tfjsflags=DEBUG:true", "mlp-xnor").messages).toEqual([]);
  });
});

describe("every widget's schema", () => {
  it("shows a control only when a choice of its own schema has one of that choice's values", () => {
    let dependent = 0;
    for (const [id, entry] of Object.entries(widgetCatalog)) {
      for (const p of entry.schema) {
        if (!p.shownWhen) continue;
        dependent++;
        const on = entry.schema.find((q) => q.key === p.shownWhen!.key);
        expect(on?.kind, `${id}.${p.key}`).toBe("choice");
        expect(on!.kind === "choice" && on!.options.some((o) => o.value === p.shownWhen!.value), `${id}.${p.key}`).toBe(true);
      }
    }
    expect(dependent).toBeGreaterThan(0); // gan-2d's drawn shape
  });
});
