export function Avatar({ src, size = 32, alt = '' }: { src: string | null | undefined; size?: number; alt?: string }) {
  return (
    <img className="avatar" src={src ?? undefined} width={size} height={size} alt={alt} loading="lazy" decoding="async" referrerPolicy="no-referrer" />
  );
}
