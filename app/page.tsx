export default function HomePage() {
  return <main className="p-8">政府信息公开年报数据</main>;
}
