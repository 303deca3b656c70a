import { describe, expect, it } from "vitest";
import { makeToken, readToken } from "./token";

const secret = "k".repeat(64);
const id = "3f2b8c1e-9a4d-4e7f-8b21-0c5d6e7f8a9b";

describe("verification token", () => {
  const token = makeToken(secret, id);
  it.each([
    ["the token it made", token, id],
    ["a truncated token", token.slice(0, -3), null],
    ["a token with a changed signature", `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`, null],
    ["a token signed with another key", makeToken("x".repeat(64), id), null],
    ["garbage", "../../etc/passwd", null],
    ["empty", "", null],
  ])("reads %s", (_label, input, expected) => {
    expect(readToken(secret, input)).toBe(expected);
  });
});
