/**
 * The CNN chapter's numbers: its facts are what the code computes now, and its
 * diagram gets its shapes and parameter counts from facts.json at build time
 * (`{fact:id}` placeholders in a Mermaid fence are filled in; an unknown id
 * fails instead of printing nothing).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import facts from "../../src/content/facts.json";
import { fillFacts } from "../../src/content/plugins/fillFacts";

const table: Record<string, { text: string }> = facts;

describe("facts in a diagram", () => {
  it("replaces each {fact:id} with the fact's text and leaves other braces alone", () => {
    const t = { "a.b": { text: "26 × 26 × 32" }, "c": { text: "320" } };
    expect(fillFacts('x["conv: {fact:a.b}, {fact:c} params"] --> y{"decision"}', t)).toBe('x["conv: 26 × 26 × 32, 320 params"] --> y{"decision"}');
    expect(() => fillFacts("{fact:no.such}", t)).toThrow(/Unknown fact "no.such"/);
  });

  it("fills the CNN chapter's diagram with the network's real shapes and counts", () => {
    const chapter = readFileSync(new URL("../../chapters/cnn.mdx", import.meta.url), "utf8");
    const fence = /```mermaid\n([\s\S]*?)```/.exec(chapter)![1];
    expect(fence).toContain("{fact:cnn.conv1.shape}");
    const filled = fillFacts(fence, table);
    expect(filled).not.toMatch(/\{fact:/);
    for (const text of ["26 × 26 × 32", "13 × 13 × 32", "11 × 11 × 64", "5 × 5 × 64", "1600", "320", "18,496", "204,928", "1,290"]) {
      expect(filled).toContain(text);
    }
  });
});

describe("the CNN chapter's facts", () => {
  it("are what the code computes now (facts.json is current for this chapter)", { timeout: 120_000 }, async () => {
    const { useCpu } = await import("./tfCpu");
    const { cnnFacts } = await import("../../src/ml/facts/cnnFacts");
    await useCpu();
    const fresh = await cnnFacts();
    expect(Object.keys(fresh).length).toBeGreaterThan(30);
    for (const [id, fact] of Object.entries(fresh)) expect(table[id], id).toEqual(fact);
  });
});
