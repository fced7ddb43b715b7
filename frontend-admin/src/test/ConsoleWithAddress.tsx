import { Route, Routes, useLocation } from 'react-router';
import { AppRoutes } from '../AppRoutes';

/** The console plus the address it is at, to check what a list or pager writes into the URL. */
export function ConsoleWithAddress() {
  const location = useLocation();
  return (
    <>
      <p data-testid="where">{`${location.pathname}${location.search}`}</p>
      <Routes>
        <Route path="*" element={<AppRoutes />} />
      </Routes>
    </>
  );
}
