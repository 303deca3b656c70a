import { describe, expect, it } from "vitest";
import { placementFor, promotionsDue } from "./waitlist";

describe("seats and waitlist", () => {
  it.each([
    [{ capacity: 2, seatsTaken: 0, waiting: 0, waitlistLimit: 2 }, "terdaftar"],
    [{ capacity: 2, seatsTaken: 1, waiting: 0, waitlistLimit: 2 }, "terdaftar"],
    [{ capacity: 2, seatsTaken: 2, waiting: 0, waitlistLimit: 2 }, "daftar_tunggu"],
    [{ capacity: 2, seatsTaken: 2, waiting: 1, waitlistLimit: 2 }, "daftar_tunggu"],
    [{ capacity: 2, seatsTaken: 2, waiting: 2, waitlistLimit: 2 }, "penuh"],
    [{ capacity: 2, seatsTaken: 2, waiting: 0, waitlistLimit: 0 }, "penuh"],
    // Capacity lowered below the seats taken: nobody new gets a seat.
    [{ capacity: 1, seatsTaken: 3, waiting: 0, waitlistLimit: 5 }, "daftar_tunggu"],
  ])("%j → %s", (s, placement) => {
    expect(placementFor(s)).toBe(placement);
  });

  it.each([
    [10, 9, 3, 1],
    [10, 7, 3, 3],
    [10, 7, 1, 1],
    [10, 10, 3, 0],
    [10, 12, 3, 0],
    [10, 5, 0, 0],
  ])("capacity %d, %d seats taken, %d waiting → promote %d", (cap, taken, waiting, n) => {
    expect(promotionsDue(cap, taken, waiting)).toBe(n);
  });
});
