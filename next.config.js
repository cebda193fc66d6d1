/** @type {import('next').NextConfig} */
const nextConfig = {
  // pg and the Prisma adapter open sockets and load native code: keep them out of server bundles.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "argon2"],
  poweredByHeader: false,
  typescript: { ignoreBuildErrors: false },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default nextConfig;
