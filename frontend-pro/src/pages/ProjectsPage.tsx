import { ComingSoonPage } from './ComingSoonPage';

export default function ProjectsPage() {
  return <ComingSoonPage topic="projects" />;
}
