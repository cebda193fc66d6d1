/** @type {import('next').NextConfig} */
const nextConfig = {
  // pg and the Prisma adapter open sockets and load native code: keep them out of server bundles.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "argon2"],
  poweredByHeader: false,
  // Article import sends batches of articles; one article may be 2M characters (6 MB of Devanagari).
  experimental: { serverActions: { bodySizeLimit: "8mb" } },
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

export default nextConfig;
