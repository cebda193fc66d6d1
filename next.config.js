import createNextIntlPlugin from "next-intl/plugin";

// next-intl reads each request's language and catalogue from here (lib/i18n/request.ts explains).
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // pg and the Prisma adapter open sockets and load native code: keep them out of server bundles.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "argon2"],
  poweredByHeader: false,
  // Forms only: Next decodes an action's body before the action gate runs, so it stays small
  // (scripts/serve.mjs caps it at the same 1 MB for editors, 8 KB for strangers). Articles, which
  // may be 2M characters (6 MB of Devanagari), go to app/api/desk/articles/[op], which checks the
  // session before reading.
  experimental: { serverActions: { bodySizeLimit: "1mb" } },
  typescript: { ignoreBuildErrors: false },
  async headers() {
    return [
      {
        // Pages get their Content-Security-Policy (with a nonce, and frame-ancestors 'none') from proxy.ts.
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
      {
        // API answers are data: nothing in them may load or run, or be framed.
        source: "/api/:path*",
        headers: [
          { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
