import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createUser } from "@/lib/users/mutations";
import { SignInRefusedError, authenticate } from "./sign-in";
import { UNKNOWN_ADDRESS } from "./throttle";

afterAll(() => db.$disconnect());

const PASSWORD = "the real passphrase 1";
const minutes = (count: number) => count * 60 * 1000;

async function newUser(label: string) {
  return createUser({
    email: `${label}-${Math.random().toString(36).slice(2, 8)}@example.org`,
    name: label,
    role: "EDITOR",
    password: PASSWORD,
  });
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SignInRefusedError) return error.code;
    throw error;
  }
  return "allowed";
}

describe("signing in", () => {
  it("accepts the right password and refuses wrong, unknown and deactivated ones alike (null, no reason given)", async () => {
    const user = await newUser("plain");
    expect(await authenticate(user.email, PASSWORD, "10.0.0.1")).toMatchObject({ id: user.id, role: "EDITOR" });
    expect(await authenticate(user.email, "wrong passphrase 1", "10.0.0.1")).toBeNull();
    expect(await authenticate("nobody@example.org", PASSWORD, "10.0.0.1")).toBeNull();
    expect(await authenticate("not an email", PASSWORD, "10.0.0.1")).toBeNull();
    await db.user.update({ where: { id: user.id }, data: { isActive: false } });
    expect(await authenticate(user.email, PASSWORD, "10.0.0.1")).toBeNull();
  });

  it("records every attempt it checks", async () => {
    const user = await newUser("recorded");
    await authenticate(user.email, "wrong passphrase 2", "10.0.0.2");
    await authenticate(user.email, PASSWORD, "10.0.0.2");
    expect(
      await db.signInAttempt.findMany({
        where: { email: user.email },
        select: { isSuccess: true, ip: true },
        orderBy: { createdAt: "asc" },
      }),
    ).toEqual([
      { isSuccess: false, ip: "10.0.0.2" },
      { isSuccess: true, ip: "10.0.0.2" },
    ]);
  });
});

describe("brute-force throttling", () => {
  it("refuses an account after 10 failures in 15 minutes, even with the right password, and lifts by itself", async () => {
    const user = await newUser("locked");
    const start = new Date("2026-01-01T10:00:00Z");
    for (let attempt = 0; attempt < 10; attempt += 1) {
      expect(
        await authenticate(
          user.email,
          `guess ${attempt} wrong`,
          "10.1.0.1",
          new Date(start.getTime() + attempt * 1000),
        ),
      ).toBeNull();
    }
    const later = new Date(start.getTime() + minutes(5));
    expect(await refusal(authenticate(user.email, PASSWORD, "10.1.0.1", later))).toBe("ThrottledAccount");
    expect(await refusal(authenticate(user.email, PASSWORD, "10.1.0.99", later))).toBe("ThrottledAccount");
    const attemptsWhileLocked = await db.signInAttempt.count({ where: { email: user.email } });
    expect(attemptsWhileLocked).toBe(10);
    expect(await authenticate(user.email, PASSWORD, "10.1.0.1", new Date(start.getTime() + minutes(16)))).toMatchObject(
      { id: user.id },
    );
  });

  it("says how long until the refusal lifts", async () => {
    const user = await newUser("minutes");
    const start = new Date("2026-01-02T10:00:00Z");
    for (let attempt = 0; attempt < 10; attempt += 1)
      await authenticate(user.email, "wrong passphrase!", "10.2.0.1", start);
    await expect(
      authenticate(user.email, PASSWORD, "10.2.0.1", new Date(start.getTime() + minutes(3))),
    ).rejects.toMatchObject({ code: "ThrottledAccount", retryAfterMinutes: 12 });
  });

  it("does not let an attacker elsewhere lock the real user out of an address they signed in from before", async () => {
    const user = await newUser("known");
    const start = new Date("2026-01-03T10:00:00Z");
    expect(await authenticate(user.email, PASSWORD, "192.0.2.10", start)).not.toBeNull();
    for (let attempt = 0; attempt < 10; attempt += 1)
      await authenticate(
        user.email,
        `attacker ${attempt} guess`,
        "198.51.100.66",
        new Date(start.getTime() + minutes(1)),
      );
    const soon = new Date(start.getTime() + minutes(2));
    expect(await refusal(authenticate(user.email, PASSWORD, "198.51.100.66", soon))).toBe("ThrottledAccount");
    expect(await authenticate(user.email, PASSWORD, "192.0.2.10", soon)).toMatchObject({ id: user.id });
  });

  it("refuses an address after 50 failures across accounts (password spraying), but not other addresses", async () => {
    const user = await newUser("sprayed");
    const start = new Date("2026-01-04T10:00:00Z");
    for (let attempt = 0; attempt < 50; attempt += 1)
      await authenticate(`spray-${attempt}@example.org`, "Summer2026!!", "203.0.113.50", start);
    const soon = new Date(start.getTime() + minutes(1));
    expect(await refusal(authenticate(user.email, PASSWORD, "203.0.113.50", soon))).toBe("ThrottledAddress");
    expect(await authenticate(user.email, PASSWORD, "203.0.113.51", soon)).toMatchObject({ id: user.id });
  }, 60_000);

  it("attack: 30 parallel wrong passwords check at most the limit of 10 (count-and-record is atomic)", async () => {
    const user = await newUser("parallel");
    const now = new Date("2026-01-06T10:00:00Z");
    const outcomes = await Promise.all(
      Array.from({ length: 30 }, (_, attempt) =>
        refusal(authenticate(user.email, `parallel guess ${attempt}`, "10.6.0.1", now)),
      ),
    );
    const checked = await db.signInAttempt.count({ where: { email: user.email } });
    expect(checked).toBeLessThanOrEqual(10);
    expect(outcomes.filter((outcome) => outcome === "ThrottledAccount").length).toBe(30 - checked);
    expect(await refusal(authenticate(user.email, PASSWORD, "10.6.0.1", now))).toBe("ThrottledAccount");
  }, 60_000);

  it("attack: without a knowable address there is no shared bucket to fill, and the account limit still holds", async () => {
    const victim = await newUser("no-address");
    const start = new Date("2026-01-07T10:00:00Z");
    for (let attempt = 0; attempt < 55; attempt += 1)
      await authenticate(`spray-unknown-${attempt}@example.org`, "Summer2026!!", UNKNOWN_ADDRESS, start);
    expect(
      await authenticate(victim.email, PASSWORD, UNKNOWN_ADDRESS, new Date(start.getTime() + minutes(1))),
    ).toMatchObject({ id: victim.id });
    for (let attempt = 0; attempt < 10; attempt += 1)
      await authenticate(victim.email, `guess ${attempt} wrong`, UNKNOWN_ADDRESS, start);
    expect(
      await refusal(authenticate(victim.email, PASSWORD, UNKNOWN_ADDRESS, new Date(start.getTime() + minutes(2)))),
    ).toBe("ThrottledAccount");
  }, 120_000);

  it("does as much work for an unknown email as for a wrong password (a dummy hash is verified)", async () => {
    const user = await newUser("timing");
    // CPU time of this process (argon2 runs on its thread pool, which counts) rather than wall time,
    // so other test files running in parallel processes do not skew the comparison.
    const cost = async (email: string) => {
      const started = process.cpuUsage();
      await authenticate(email, "wrong passphrase t", "10.9.0.1", new Date("2026-01-05T10:00:00Z"));
      const used = process.cpuUsage(started);
      return (used.user + used.system) / 1000;
    };
    await cost("warm-up@example.org");
    const known: number[] = [];
    const unknown: number[] = [];
    for (let round = 0; round < 4; round += 1) {
      known.push(await cost(user.email));
      unknown.push(await cost(`unknown-${round}@example.org`));
    }
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    console.log(
      `sign-in CPU time: wrong password ${mean(known).toFixed(1)} ms, unknown email ${mean(unknown).toFixed(1)} ms`,
    );
    const ratio = mean(unknown) / mean(known);
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  });
});
